require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 414
    json message: 'URI Too Long'
end
