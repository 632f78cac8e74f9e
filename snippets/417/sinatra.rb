require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 417
    json message: 'Expectation Failed'
end
