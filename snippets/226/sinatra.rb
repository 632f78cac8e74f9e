require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 226
    json message: 'IM Used'
end
